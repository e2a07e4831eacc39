import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP } from './shortcuts';

export function HelpOverlay({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('review.help.title')}
      size="md"
      data-testid="help-overlay"
    >
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {SHORTCUT_HELP.map(({ keys, label }) => (
            <Table.Tr key={label}>
              <Table.Td w={150}>
                <Group gap={4}>
                  {keys.map((key) => (
                    <Kbd key={key} size="sm">
                      {key}
                    </Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(label)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
