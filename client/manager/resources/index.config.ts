export default definePageConfig({ navigationBarTitleText: '项目与规则' });
