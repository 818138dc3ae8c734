export default definePageConfig({ navigationBarTitleText: '暂停预约名单' });
