import { RatingForm } from './RatingForm.tsx';
import { WrongInfoForm } from './WrongInfoForm.tsx';

/** The service page's feedback: a report of wrong information and a rating, each sent through the outbox. */
export function ServiceFeedback({ serviceId }: { serviceId: string }) {
  // Keyed by service: moving to another service's page starts with empty forms.
  return (
    <div class="service-feedback" key={serviceId}>
      <WrongInfoForm serviceId={serviceId} />
      <RatingForm serviceId={serviceId} />
    </div>
  );
}
