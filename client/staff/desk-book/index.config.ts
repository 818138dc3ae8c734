export default definePageConfig({ navigationBarTitleText: '代客预约' });
