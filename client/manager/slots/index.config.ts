export default definePageConfig({ navigationBarTitleText: '时段管理' });
