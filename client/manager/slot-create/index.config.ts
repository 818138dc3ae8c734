export default definePageConfig({ navigationBarTitleText: '新增时段' });
