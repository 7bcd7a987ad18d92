import { Result } from 'antd';
import { Heading } from '../shared/Heading';

/**
 * 人员: people who sign in (create, invite by a one-time link, disable). Their operations (createPerson, listPeople,
 * invitePerson, disablePerson, enablePerson) come with the sign-in branch; until the generated client has them,
 * this screen says so.
 */
export default function PeoplePage() {
  return (
    <>
      <Heading title="人员" />
      <Result
        status="info"
        title="人员管理即将开放"
        subTitle="人员账号、邀请链接和停用功能随统一登录一同上线。对接系统请使用“API 密钥”。"
      />
    </>
  );
}
