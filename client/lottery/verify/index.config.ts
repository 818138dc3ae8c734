export default definePageConfig({ navigationBarTitleText: '验证抽签结果' });
