export default definePageConfig({ navigationBarTitleText: '参观评价' });
