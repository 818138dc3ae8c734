export default definePageConfig({ navigationBarTitleText: '暂停开放' });
