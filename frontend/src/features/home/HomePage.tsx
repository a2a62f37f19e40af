import { useState } from 'react';
import { Badge, Card, Flex, Pagination, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASKS_PAGE_SIZE, useMyTasks } from './hooks';
import { TaskList } from './components/TaskList';
import { ErrorState } from '../../components/ErrorState';
import { useDisplayUser } from '../../auth/displayUser';

export function HomePage() {
  const { t } = useTranslation();
  const user = useDisplayUser();
  const [page, setPage] = useState(0);
  const tasks = useMyTasks(page);
  const items = tasks.data?.items ?? [];
  const total = tasks.data?.total ?? items.length;

  return (
    <Flex vertical gap={16} data-testid="home-page">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }} data-testid="home-greeting">
          {user.name ? t('home.greeting', { name: user.name }) : t('nav.home')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.subtitle')}</Typography.Text>
      </div>
      <Card
        title={
          <Flex gap={8} align="center">
            {t('home.tasksTitle')}
            {tasks.isSuccess && (
              <Badge
                count={total}
                showZero
                overflowCount={9999}
                color={total ? '#b3261e' : '#595959'}
                title={t('home.taskCount', { count: total })}
              />
            )}
          </Flex>
        }
        styles={{ body: { padding: tasks.isSuccess && items.length > 0 ? 0 : undefined } }}
        data-testid="tasks-card"
        aria-busy={tasks.isPlaceholderData}
      >
        {tasks.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} data-testid="tasks-loading" />
        ) : tasks.isError ? (
          <ErrorState
            compact
            title={t('home.loadError')}
            error={tasks.error}
            onRetry={() => void tasks.refetch()}
            testId="tasks-error"
          />
        ) : (
          <>
            <TaskList tasks={items} />
            {total > TASKS_PAGE_SIZE && (
              <Flex justify="center" className="task-pages">
                <Pagination
                  current={page + 1}
                  pageSize={TASKS_PAGE_SIZE}
                  total={total}
                  showSizeChanger={false}
                  onChange={(p) => setPage(p - 1)}
                  data-testid="tasks-pages"
                />
              </Flex>
            )}
          </>
        )}
      </Card>
    </Flex>
  );
}
