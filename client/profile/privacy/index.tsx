import { Text, View } from '@tarojs/components';
import { PRIVACY_NOTICE_VERSION } from '@shared/contract/attendee';
import { definePage } from '../../components/Page';
import './index.css';

// The notice for sensitive personal information (PIPL arts. 17, 28–30) the visitor agrees to when adding an attendee.
const SECTIONS: { title: string; body: string[] }[] = [
  {
    title: '我们收集哪些信息',
    body: [
      '添加参观人时，我们收集参观人的姓名、手机号码和证件类型及证件号码（居民身份证、护照、港澳居民来往内地通行证或台湾居民来往大陆通行证）。',
      '证件号码属于敏感个人信息。您为家人或朋友添加参观人时，请确认已取得其同意。',
    ],
  },
  {
    title: '为什么收集',
    body: [
      '场馆要求实名预约：证件号码用于核对每人每天的预约次数、统计未到场记录，并在现场核验入场身份；手机号码用于预约相关的联系。',
      '不提供这些信息将无法为该参观人预约，但不影响浏览场馆和项目。',
    ],
  },
  {
    title: '如何保护',
    body: [
      '证件号码加密存储，另以不可逆的摘要用于查重；页面、通知和日志中只出现脱敏形式（如 1101**********1234）。',
      '只有为您办理入场核验的现场服务人员能看到完成核验所需的信息，每次查看都留有记录。我们不向第三方出售或提供您的信息。',
    ],
  },
  {
    title: '保存多久',
    body: [
      '参观人信息保存至您删除该参观人为止；删除后不再用于新的预约。',
      '已产生的预约记录以脱敏形式保存3年，用于对账、投诉处理和审计，期满后删除。',
    ],
  },
  {
    title: '您的权利',
    body: [
      '您可以随时在“我的 - 常用参观人”中查看或删除参观人，也可以撤回同意（删除参观人即撤回）。',
      '如需查阅、复制、更正个人信息，或对处理方式有疑问和投诉，可通过小程序内的投诉与建议联系我们，我们将在15个工作日内答复。',
    ],
  },
];

function Privacy() {
  return (
    <>
      <View className="privacy">
        <Text className="privacy__title">敏感个人信息处理说明</Text>
        <Text className="privacy__version">版本 {PRIVACY_NOTICE_VERSION}</Text>
        {SECTIONS.map((s) => (
          <View key={s.title} className="privacy__section">
            <Text className="privacy__heading">{s.title}</Text>
            {s.body.map((p) => (
              <Text key={p} className="privacy__para">
                {p}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </>
  );
}

export default definePage(Privacy, { signIn: false });
