export default definePageConfig({ navigationBarTitleText: '售票日报' });
