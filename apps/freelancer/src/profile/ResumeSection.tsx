import { describeError, uploadFile, useViewer } from '@delegate/ui';
import { Alert, Anchor, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';

export interface ResumeFile {
  id: string;
  fileName: string;
  sizeBytes: number;
  createdAt: string;
}

const ACCEPT = 'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx';

/** The résumé: PDF or Word, checked by the server by its content; downloadable by the VA and ops only. */
export function ResumeSection({
  resume,
  disabled,
  onUploaded,
}: {
  resume: ResumeFile | null;
  disabled: boolean;
  onUploaded: () => Promise<unknown>;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      await uploadFile('/files/resumes', file);
      await onUploaded();
    } catch (uploadError) {
      setError(describeError(uploadError, intl).message);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {intl.formatMessage({ id: 'profile.resume' })}
        </Title>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'profile.resumeHint' })}
        </Text>
        {resume ? (
          <Text size="sm" data-testid="resume-file">
            <Anchor href={`/files/resumes/${resume.id}`}>{resume.fileName}</Anchor>{' '}
            {intl.formatMessage(
              { id: 'profile.resumeMeta' },
              {
                size: intl.formatNumber(resume.sizeBytes / 1024, { maximumFractionDigits: 0 }),
                date: intl.formatDate(resume.createdAt, { dateStyle: 'medium', timeZone: viewer?.timeZone }),
              },
            )}
          </Text>
        ) : (
          <Text size="sm">{intl.formatMessage({ id: 'profile.noResume' })}</Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPT} disabled={disabled}>
            {(props) => (
              <Button {...props} variant="light" loading={uploading} disabled={disabled}>
                {intl.formatMessage({ id: resume ? 'profile.replaceResume' : 'profile.uploadResume' })}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Card>
  );
}
