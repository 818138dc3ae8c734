export default definePageConfig({ navigationBarTitleText: '订阅消息（本地）' });
