import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { CalendarOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import type { Task } from '../../../api/types';
import { classifyTaskLink, dueStatus, groupTasks, taskKindColor, taskKindLabelKey } from '../taskKinds';

function TaskAction({ task }: { task: Task }) {
  const { t } = useTranslation();
  const link = classifyTaskLink(task.link);
  if (link.kind === 'internal')
    return (
      <Link to={link.to} data-testid="task-open">
        <Button type="primary" size="small" icon={<RightOutlined />} iconPlacement="end">
          {t('home.open')}
        </Button>
      </Link>
    );
  if (link.kind === 'external')
    return (
      <Button
        type="primary"
        size="small"
        href={link.href}
        icon={<RightOutlined />}
        iconPlacement="end"
        data-testid="task-open"
      >
        {t('home.open')}
      </Button>
    );
  return null;
}

function DueLine({ dueAt }: { dueAt: string | null | undefined }) {
  const { t } = useTranslation();
  const status = dueStatus(dueAt);
  if (status === 'none')
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('home.noDue')}
      </Typography.Text>
    );
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text type={status === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
        <CalendarOutlined /> {t('home.due', { date: dayjs(dueAt).format('DD/MM/YYYY HH:mm') })}
      </Typography.Text>
      {status === 'overdue' && <Tag color="red">{t('home.overdue')}</Tag>}
      {status === 'soon' && <Tag color="orange">{t('home.dueSoon')}</Tag>}
    </Flex>
  );
}

function TaskItem({ task }: { task: Task }) {
  const { t } = useTranslation();
  const title = task.title ?? t(taskKindLabelKey(task.kind));
  const link = classifyTaskLink(task.link);
  return (
    <li className="task-item" data-testid="task-item">
      <Flex gap={12} align="flex-start" justify="space-between" style={{ width: '100%', minWidth: 0 }} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Flex gap={8} align="center" wrap>
            <Tag color={taskKindColor(task.kind)} style={{ marginInlineEnd: 0 }} data-testid="task-kind">
              {t(taskKindLabelKey(task.kind))}
            </Tag>
            {link.kind === 'internal' ? (
              <Link to={link.to} style={{ fontWeight: 600 }}>
                {title}
              </Link>
            ) : (
              <Typography.Text strong>{title}</Typography.Text>
            )}
          </Flex>
          {task.detail && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
              {task.detail}
            </Typography.Paragraph>
          )}
          <DueLine dueAt={task.dueAt} />
        </Flex>
        <TaskAction task={task} />
      </Flex>
    </li>
  );
}

export function TaskList({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('home.empty')}</Typography.Text>
            <Typography.Text type="secondary">{t('home.emptyHint')}</Typography.Text>
          </Flex>
        }
        data-testid="tasks-empty"
      />
    );
  }
  return (
    <div data-testid="task-list">
      {groupTasks(tasks).map((run, r) => (
        <section key={`${run.group}-${r}`} aria-label={t(run.group === 'act' ? 'home.groupAct' : 'home.groupDue')}>
          <Typography.Text type="secondary" className="task-group" data-testid="task-group">
            {t(run.group === 'act' ? 'home.groupAct' : 'home.groupDue')}
          </Typography.Text>
          <ul className="task-list">
            {run.tasks.map((task, i) => (
              <TaskItem key={task.id ?? i} task={task} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
