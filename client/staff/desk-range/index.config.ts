export default definePageConfig({ navigationBarTitleText: '客户预约' });
