export default definePageConfig({ navigationBarTitleText: '投诉部门' });
