export default definePageConfig({ navigationBarTitleText: '添加参观人' });
