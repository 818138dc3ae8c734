export default definePageConfig({ navigationBarTitleText: '抽签报名' });
