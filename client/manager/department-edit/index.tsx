import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { loadDepartmentToEdit } from '../load';
import DepartmentForm from './DepartmentForm';
import './index.css';

function Editor() {
  const { departmentId } = usePageParams('manager/department-edit/index');
  const editing = useRemote(() => loadDepartmentToEdit(departmentId), [departmentId]);
  useEffect(() => {
    if (!departmentId) Taro.setNavigationBarTitle({ title: '新增部门' });
  }, [departmentId]);
  return (
    <RemoteView state={editing.state} onRetry={editing.reload}>
      {(e) => <DepartmentForm {...e} />}
    </RemoteView>
  );
}

export default definePage(Editor, { withFooter: true });
