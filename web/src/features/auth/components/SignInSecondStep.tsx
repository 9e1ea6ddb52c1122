import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Me, SecondFactorEnrolled, SignInStep } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { useStartEnrolment } from '../api';
import { ChoosePasswordForm } from './ChoosePasswordForm';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { RecoveryCodesList } from './RecoveryCodesList';
import { SecondFactorCodeForm } from './SecondFactorCodeForm';

interface Props {
  step: SignInStep;
  /** The user the session waits for (the password step checks the user name). */
  username: string;
  onSignedIn: (me: Me) => void;
  /** The waiting session ended (expired, locked): back to the password, with the reason. */
  onSessionEnded: (message: string) => void;
  onCancel: () => void;
}

/** What the login page shows after a right password when the sign-in waits for a further step. */
export function SignInSecondStep({ step, username, ...props }: Props) {
  if (step === 'change-password') return <ChoosePasswordForm username={username} {...props} />;
  return step === 'second-factor' ? <SecondFactorCodeForm {...props} /> : <SignInEnrolment {...props} />;
}

/** A role that requires a second factor and has none enrols it before going on; the recovery codes come last. */
function SignInEnrolment({ onSignedIn, onSessionEnded, onCancel }: Omit<Props, 'step' | 'username'>) {
  const { t } = useTranslation('auth');
  const start = useStartEnrolment();
  const [enrolled, setEnrolled] = useState<SecondFactorEnrolled | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once per page: a second start would replace the secret the QR code shows.
    if (started.current) return;
    started.current = true;
    start.mutate(undefined, { onError: (e) => isApiError(e, 401) && onSessionEnded(e.message) });
  }, [start, onSessionEnded]);

  if (enrolled) return <RecoveryCodesList codes={enrolled.recoveryCodes} onDone={() => onSignedIn(enrolled.me)} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        <SafetyOutlined /> {t('secondFactor.enrolTitle')}
      </Typography.Title>
      {start.data ? (
        <EnrolSecondFactor
          enrolment={start.data}
          intro={<Alert type="info" showIcon title={t('secondFactor.enrolRequired')} />}
          onConfirmed={setEnrolled}
        />
      ) : start.isError ? (
        <Alert type="error" showIcon role="alert" title={start.error.message} />
      ) : (
        <Spin />
      )}
      <Button type="link" size="small" style={{ padding: 0, alignSelf: 'flex-end' }} onClick={onCancel}>
        {t('secondFactor.backToLogin')}
      </Button>
    </Flex>
  );
}
