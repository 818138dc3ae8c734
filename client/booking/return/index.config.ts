export default definePageConfig({ navigationBarTitleText: '结束使用' });
