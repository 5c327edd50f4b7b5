// The marks for categories and statuses, drawn as SVG icons (lucide), never emoji: a machine
// without a colour-emoji font shows empty boxes for those. Decorative: the label next to them
// (or the chip's spoken details) says what they mean.
import {
  AlarmClock,
  BookOpen,
  CircleCheck,
  Clapperboard,
  Eye,
  Handshake,
  Lightbulb,
  Megaphone,
  MessageCircle,
  NotebookPen,
  PartyPopper,
  Pencil,
  SkipForward,
  Sprout,
  Star,
  Tag,
  type LucideIcon,
  type LucideProps,
} from 'lucide-react';
import type { DisplayStatus } from '../../shared/posts';
import type { CategoryId } from '../../shared/vocabulary';

const CATEGORY_ICONS: Record<CategoryId, LucideIcon> = {
  behind_the_scenes: Clapperboard,
  staff_spotlight: Star,
  celebration: PartyPopper,
  team_event: Handshake,
  education: BookOpen,
  patient_story: MessageCircle,
  community: Sprout,
  promotion: Tag,
  other: NotebookPen,
};

const STATUS_ICONS: Record<DisplayStatus, LucideIcon> = {
  idea: Lightbulb,
  draft: Pencil,
  in_review: Eye,
  approved: CircleCheck,
  published: Megaphone,
  skipped: SkipForward,
  missed: AlarmClock,
};

type MarkProps = Omit<LucideProps, 'ref'>;

export function CategoryIcon({ category, ...props }: { category: CategoryId } & MarkProps) {
  const Icon = CATEGORY_ICONS[category];
  return <Icon aria-hidden="true" focusable="false" size="1em" {...props} />;
}

export function StatusIcon({ status, ...props }: { status: DisplayStatus } & MarkProps) {
  const Icon = STATUS_ICONS[status];
  return <Icon aria-hidden="true" focusable="false" size="1em" {...props} />;
}
