export default definePageConfig({ navigationBarTitleText: '手工核验' });
