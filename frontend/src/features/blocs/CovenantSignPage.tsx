import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Modal, Result, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, SignatureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError, isConflict } from '../../api/errors';
import { useCurrentUser } from '../../auth/currentUser';
import { ErrorState } from '../../components/ErrorState';
import { useBloc, useCovenant, useSignCovenant } from './hooks';
import { COVENANT_STATUS_COLORS } from './labels';
import { formatDateTime } from '../../lib/format';
import { ClauseList } from './components/ClauseList';
import { present } from '../../lib/present';

/** A unit leader, usually on a phone, reads the covenant and signs it for the unit with one confirmation. */
export function CovenantSignPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { blocId = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const bloc = useBloc(blocId);
  const covenant = useCovenant(blocId, year);
  const me = useCurrentUser();
  const sign = useSignCovenant(blocId, year);
  const [confirming, setConfirming] = useState(false);
  const [changed, setChanged] = useState(false);

  if (covenant.isPending || bloc.isPending) return <Skeleton active />;
  if (covenant.isError)
    return <ErrorState title={t('blocs.loadError')} error={covenant.error} onRetry={() => void covenant.refetch()} />;
  const c = covenant.data;
  const back = (
    <Link to={`/blocs/${blocId}?tab=covenant`}>
      <ArrowLeftOutlined /> {t('blocs.sign.back')}
    </Link>
  );
  if (!c) return <Result status="404" title={t('blocs.covenant.none', { year })} extra={back} />;

  const doSign = async () => {
    try {
      await sign.mutateAsync(present(c.textSha256, 'the covenant text SHA-256'));
      setConfirming(false);
      setChanged(false);
    } catch (e) {
      setConfirming(false);
      if (isConflict(e)) {
        setChanged(true);
        void covenant.refetch();
      } else {
        message.error(t('blocs.messages.failed', { detail: describeError(e, t) }));
      }
    }
  };

  const signature = c.mySignature;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 760, margin: '0 auto', width: '100%' }} data-testid="covenant-sign-page">
      {back}
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('blocs.sign.title', { year })}
        </Typography.Title>
        <Typography.Text type="secondary">{bloc.data?.name}</Typography.Text>
      </div>
      {signature ? (
        <Result
          status="success"
          title={t('blocs.sign.signedTitle')}
          subTitle={t('blocs.sign.signedDetail', {
            name: signature.signerName,
            position: signature.signerPosition ? `, ${signature.signerPosition}` : '',
            time: formatDateTime(signature.signedAt),
          })}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
              {t('blocs.sign.receipt')}: <Typography.Text code>{signature.textSha256}</Typography.Text>
            </Typography.Text>
          }
          data-testid="covenant-signed"
        />
      ) : !c.signable ? (
        <Alert
          type="info"
          showIcon
          title={t('blocs.sign.notSignableTitle')}
          description={t('blocs.sign.notSignableDetail')}
        />
      ) : (
        <Typography.Text>{t('blocs.sign.intro')}</Typography.Text>
      )}
      {changed && <Alert type="warning" showIcon title={t('blocs.sign.changed')} data-testid="covenant-changed" />}
      <Card>
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            <Tag color={COVENANT_STATUS_COLORS[c.status]}>{t(`blocs.covenantStatus.${c.status}`)}</Tag>
            <Tag>{t('blocs.covenant.revision', { n: c.revision })}</Tag>
          </Flex>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {c.title}
          </Typography.Title>
          {c.theme && <Typography.Text italic>“{c.theme}”</Typography.Text>}
          <ClauseList covenant={c} />
        </Flex>
      </Card>
      {c.signable && !signature && (
        <Button
          type="primary"
          size="large"
          block
          icon={<SignatureOutlined />}
          onClick={() => setConfirming(true)}
          data-testid="covenant-sign"
        >
          {t('blocs.sign.button')}
        </Button>
      )}
      <Modal
        open={confirming}
        title={t('blocs.sign.confirmTitle')}
        onCancel={() => setConfirming(false)}
        onOk={() => void doSign()}
        okText={t('blocs.sign.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={sign.isPending}
        okButtonProps={{ 'data-testid': 'covenant-sign-confirm' }}
      >
        <Typography.Paragraph>{t('blocs.sign.confirmText', { unit: me.data?.unitName ?? '' })}</Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {t('blocs.covenant.hash')}: <Typography.Text code>{c.textSha256}</Typography.Text>
        </Typography.Text>
      </Modal>
    </Flex>
  );
}
