export default definePageConfig({ navigationBarTitleText: '场馆管理' });
