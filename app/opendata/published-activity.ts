import type { OccurrenceChange } from "../domain/activities/occurrences";
import type { Weekday } from "../domain/vocabulary";

/**
 * An activity as the public feeds publish it: everything the catalogue shows, the
 * schedule with its single-occurrence changes, and the association behind it.
 * Nothing here is personal data about citizens.
 */
export interface PublishedActivity {
  id: string;
  title: string;
  description: string;
  interests: string[];
  languages: string[];
  weekday: Weekday;
  rrule: string;
  startsOn: string;
  endsOn: string | null;
  startTime: string;
  endTime: string;
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleToilet: boolean;
  transport: boolean;
  seating: boolean;
  parking: boolean;
  price: number;
  targetGroup: string;
  status: "active" | "cancelled";
  cancelReason: string;
  createdAt: string;
  updatedAt: string;
  changes: OccurrenceChange[];
  association: PublishedAssociation;
}

export interface PublishedAssociation {
  id: string;
  name: string;
  description: string;
  email: string;
  phone: string;
  website: string;
  contactName: string;
  area: string;
  /** The municipality whose catalogue the association belongs to. */
  municipalityName: string;
}
