export default definePageConfig({ navigationBarTitleText: '编辑部门' });
