export default definePageConfig({ navigationBarTitleText: '抽签管理' });
