import { useEffect, useState } from 'preact/hooks';
import type { ServiceRatings } from '../../../../shared/feedback/feedback-contract.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { callApi, type ApiFailure } from '../../staff/staff-api.ts';
import { RequestProblem } from '../../staff/RequestProblem.tsx';
import { formatDateTime } from '../../staff/staff-time.ts';

/** Each service's ratings (average and count) and what people wrote with them. */
export function RatingsSummary({ organizationId }: { organizationId: string }) {
  const { t, language } = useTranslation();
  const [services, setServices] = useState<ServiceRatings[] | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  const load = async () => {
    const result = await callApi<{ services: ServiceRatings[] }>(`/api/listings/${encodeURIComponent(organizationId)}/feedback/ratings`);
    if (result.ok) setServices(result.data.services);
    else setFailure(result);
  };
  useEffect(() => void load(), [organizationId]);

  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return (
    <section aria-labelledby="ratings-title" class="ratings-summary">
      <h2 id="ratings-title">{t('feedback.ratings.title')}</h2>
      {failure && <RequestProblem failure={failure} onRetry={() => void load()} />}
      {services?.length === 0 && <p class="empty-results">{t('feedback.ratings.empty')}</p>}
      {services && services.length > 0 && (
        <ul class="ratings-list">
          {services.map((service) => (
            <li key={service.serviceId}>
              <h3><bdi>{service.serviceName}</bdi></h3>
              <p>{t('feedback.ratings.average', { average: number(service.average), count: service.count })}</p>
              {service.comments.length > 0 && (
                <ul class="rating-comments">
                  {service.comments.map((comment) => (
                    <li key={comment.id}>
                      <p class="report-date">
                        {t('feedback.rating.stars', { count: comment.rating })} · {formatDateTime(comment.createdAt, language)}
                      </p>
                      <blockquote lang={comment.language}><p><bdi>{comment.comment}</bdi></p></blockquote>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
