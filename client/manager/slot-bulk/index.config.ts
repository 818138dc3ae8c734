export default definePageConfig({ navigationBarTitleText: '批量生成时段' });
