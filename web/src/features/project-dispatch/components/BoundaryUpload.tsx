import { useState } from 'react';
import { App, Button, Form, Input, Modal, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { boundaryCollectionSchema, type BoundaryCollectionInput } from '@hongtu/contracts/project-dispatch';
import { useUploadBoundary } from '../api';

/** The city reviewer uploads the districts' boundaries (a GeoJSON FeatureCollection) with a name and its source. */
export function BoundaryUpload() {
  const { t } = useTranslation('project-dispatch');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [geojson, setGeojson] = useState<BoundaryCollectionInput | null>(null);
  const [form] = Form.useForm<{ name: string; source: string }>();
  const upload = useUploadBoundary();

  const submit = async () => {
    const values = await form.validateFields();
    if (!geojson) return;
    const saved = await upload.mutateAsync({ ...values, geojson });
    void message.success(saved.unmatched.length > 0 ? `${t('dashboard.uploaded')} · ${t('dashboard.unmatched', { names: saved.unmatched.join('、') })}` : t('dashboard.uploaded'));
    setOpen(false);
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>{t('dashboard.upload')}</Button>
      <Modal open={open} title={t('dashboard.upload')} onCancel={() => setOpen(false)} onOk={() => void submit().catch(() => undefined)}
        okButtonProps={{ disabled: geojson === null, loading: upload.isPending }} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('dashboard.uploadName')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
          <Form.Item name="source" label={t('dashboard.uploadSource')} rules={[{ required: true, whitespace: true }]}><Input.TextArea maxLength={1000} rows={2} /></Form.Item>
          <Form.Item label={t('dashboard.uploadFile')}>
            <Upload accept=".json,.geojson,application/geo+json,application/json" maxCount={1}
              beforeUpload={(file) => {
                void file.text().then((text) => {
                  try {
                    const parsed = boundaryCollectionSchema.safeParse(JSON.parse(text));
                    if (parsed.success) setGeojson(parsed.data);
                    else { setGeojson(null); void message.error(t('dashboard.badFile')); }
                  } catch {
                    setGeojson(null);
                    void message.error(t('dashboard.badFile'));
                  }
                });
                return false;
              }}>
              <Button icon={<UploadOutlined />}>{t('dashboard.uploadFile')}</Button>
            </Upload>
          </Form.Item>
          {upload.error ? <Form.Item><span role="alert">{upload.error.message}</span></Form.Item> : null}
        </Form>
      </Modal>
    </>
  );
}
