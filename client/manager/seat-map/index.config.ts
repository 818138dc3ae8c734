export default definePageConfig({ navigationBarTitleText: '座位图' });
