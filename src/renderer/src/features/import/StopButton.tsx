import { Button } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';

/** The stop button of a long job (an import, a re-parse): spins once asked to stop. */
export function StopButton(props: { label: string; stopping: boolean; onClick: () => void; testId: string }) {
  return (
    <Button
      variant="light"
      color="red"
      size="xs"
      leftSection={<IconPlayerStop size={14} />}
      loading={props.stopping}
      onClick={props.onClick}
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}
