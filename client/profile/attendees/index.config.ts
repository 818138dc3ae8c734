export default definePageConfig({ navigationBarTitleText: '常用参观人' });
