import "maplibre-gl/dist/maplibre-gl.css";
import type * as MapLibreModule from "maplibre-gl";
import type { LngLatBoundsLike, Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";

// Everything the map needs (style, outline) is served by the app itself from
// public/map/, so the map works without internet. An extra raster tile layer
// is optional and configured by the server.

export type MapActivity = {
  id: string;
  title: string;
  lat: number;
  lng: number;
  place: string;
  when: string;
};

export type ActivityMapProps = {
  activities: readonly MapActivity[];
  /** Raster tile URL template (`https://…/{z}/{x}/{y}.png`), from env MAP_TILE_URL. */
  tileUrl?: string | null;
  className?: string;
  /** The place distances were measured from, shown with its own marker. */
  origin?: { lat: number; lng: number; label: string } | null;
};

type MapLibre = typeof MapLibreModule;

const STYLE_URL = "/map/style.json";
const PRIMARY_BLUE = "#0059b3";
const ORIGIN_COLOUR = "#1a1a1a";
const DENMARK_CENTER: [number, number] = [10.5, 56.1];
const DENMARK_ZOOM = 5.6;
/** Skagen to Gedser, Blåvandshuk to Bornholm. */
const DENMARK_BOUNDS: LngLatBoundsLike = [
  [8.05, 54.55],
  [15.2, 57.76],
];
/**
 * The land around Denmark in denmark.geojson is clipped to this box (see
 * CLIP_BOX in scripts/build-denmark-outline.ts); the map may not pan past it,
 * or the straight clip edges would show.
 */
const SURROUNDINGS_BOUNDS: LngLatBoundsLike = [
  [0, 51],
  [22, 62],
];
/** Source and layer ids in public/map/style.json. */
const OWN_SOURCE_ID = "denmark";
const COAST_LAYER = "denmark-coast";
const RASTER_SOURCE_ID = "server-tiles";

const TEXT = {
  region: "Kort over aktiviteter",
  loading: "Kortet indlæses …",
  failed: "Kortet kunne ikke vises. Se listen over aktiviteter.",
  place: "Sted",
  when: "Tidspunkt",
  origin: "Udgangspunkt",
};

/** maplibre's own UI strings, so controls and screen reader labels are Danish too. */
const DANISH_UI: Record<string, string> = {
  "AttributionControl.ToggleAttribution": "Vis eller skjul kildeangivelse",
  "Map.Title": "Kort. Brug piletasterne til at flytte kortet og plus og minus til at zoome.",
  "Marker.Title": "Aktivitet på kortet",
  "NavigationControl.ResetBearing": "Drej kortet, så nord vender opad",
  "NavigationControl.ZoomIn": "Zoom ind",
  "NavigationControl.ZoomOut": "Zoom ud",
  "Popup.Close": "Luk",
  "CooperativeGesturesHandler.WindowsHelpText": "Hold Ctrl nede og rul for at zoome i kortet",
  "CooperativeGesturesHandler.MacHelpText": "Hold ⌘ nede og rul for at zoome i kortet",
  "CooperativeGesturesHandler.MobileHelpText": "Brug to fingre til at flytte kortet",
};

export function activityHref(id: string): string {
  return `/aktiviteter/${encodeURIComponent(id)}`;
}

async function loadMapLibre(): Promise<MapLibre> {
  const mod = await import("maplibre-gl");
  // maplibre-gl ships a UMD bundle; depending on Vite's CJS interop the API
  // arrives either as the namespace itself or under `default`.
  return (mod as MapLibre & { default?: MapLibre }).default ?? mod;
}

/**
 * Server tiles go above our own land fills, so wherever a tile is missing (tile
 * server down, no internet) our land shows through instead of an empty sea,
 * and below Denmark's coast line, so the country still stands out.
 */
export function withRasterTiles(style: StyleSpecification, tileUrl: string): StyleSpecification {
  const layers = [...style.layers];
  const coastIndex = layers.findIndex((layer) => layer.id === COAST_LAYER);
  layers.splice(coastIndex === -1 ? layers.length : coastIndex, 0, {
    id: RASTER_SOURCE_ID,
    type: "raster",
    source: RASTER_SOURCE_ID,
  });
  return {
    ...style,
    sources: {
      ...style.sources,
      [RASTER_SOURCE_ID]: { type: "raster", tiles: [tileUrl], tileSize: 256, maxzoom: 19 },
    },
    layers,
  };
}

/** Built with DOM nodes, not HTML strings, because titles and places are user input. */
function popupContent(activity: MapActivity): HTMLElement {
  const root = document.createElement("div");
  root.style.fontSize = "1rem";
  root.style.lineHeight = "1.5";

  const title = document.createElement("p");
  title.style.margin = "0 2.5rem 0.25rem 0";
  title.style.fontWeight = "600";
  const link = document.createElement("a");
  link.href = activityHref(activity.id);
  link.textContent = activity.title;
  title.append(link);
  root.append(title);

  for (const [label, value] of [
    [TEXT.place, activity.place],
    [TEXT.when, activity.when],
  ] as const) {
    const line = document.createElement("p");
    line.style.margin = "0";
    line.textContent = `${label}: ${value}`;
    root.append(line);
  }
  return root;
}

function isPlottable(activity: MapActivity): boolean {
  return (
    Number.isFinite(activity.lat) &&
    Number.isFinite(activity.lng) &&
    Math.abs(activity.lat) <= 90 &&
    Math.abs(activity.lng) <= 180
  );
}

/** fitBounds gives up when padding exceeds the canvas, e.g. in a narrow column. */
function paddingFor(map: MapLibreMap, wanted: number): number {
  const { clientWidth, clientHeight } = map.getContainer();
  return Math.max(0, Math.min(wanted, clientWidth / 6, clientHeight / 6));
}

type LoadedMap = { map: MapLibreMap; lib: MapLibre };

export function ActivityMap({ activities, tileUrl, className, origin }: ActivityMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<LoadedMap | null>(null);
  const [failed, setFailed] = useState(false);

  // Parents often pass a fresh array on every render; keying on the content
  // keeps the markers (and the user's pan and zoom) from being reset each time.
  const activitiesKey = JSON.stringify(activities.filter(isPlottable));
  const originKey = origin ? JSON.stringify(origin) : null;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let map: MapLibreMap | undefined;

    loadMapLibre()
      .then((lib) => {
        if (cancelled) return;
        try {
          map = new lib.Map({
            container,
            center: DENMARK_CENTER,
            zoom: DENMARK_ZOOM,
            maxBounds: SURROUNDINGS_BOUNDS,
            // Compact, and without maplibre's default link out to maplibre.org;
            // the sources' attributions ("© Natural Earth") are still shown.
            attributionControl: { compact: true },
            maplibreLogo: false,
            locale: DANISH_UI,
            // Scrolling the page past the map must not zoom it.
            cooperativeGestures: true,
            // Rotation and tilt only confuse on a flat overview map.
            dragRotate: false,
            pitchWithRotate: false,
            touchPitch: false,
          });
        } catch {
          // Thrown when WebGL is unavailable.
          setFailed(true);
          return;
        }
        const created = map;
        created.setStyle(STYLE_URL, {
          transformStyle: tileUrl ? (_previous, next) => withRasterTiles(next, tileUrl) : undefined,
        });
        created.touchZoomRotate.disableRotation();
        created.keyboard.disableRotation();
        created.addControl(new lib.NavigationControl({ showCompass: false }), "top-right");

        // Ready as soon as our own outline is there: waiting for "load" would
        // also wait for every server tile, which may be slow or never come.
        let ready = false;
        const markReady = () => {
          if (ready || cancelled) return;
          ready = true;
          setLoaded({ map: created, lib });
        };
        created.on("sourcedata", (event) => {
          if (event.sourceId === OWN_SOURCE_ID && event.isSourceLoaded) markReady();
        });
        created.once("load", markReady);
        created.on("error", (event) => {
          // Tile server errors are survivable (our own land shows through the
          // gaps), and so is anything after the map first showed.
          if (ready || (event as { sourceId?: string }).sourceId === RASTER_SOURCE_ID) return;
          setFailed(true);
        });
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });

    return () => {
      cancelled = true;
      map?.remove();
      setLoaded(null);
    };
  }, [tileUrl]);

  useEffect(() => {
    if (!loaded) return;
    const { map, lib } = loaded;
    const plotted = JSON.parse(activitiesKey) as MapActivity[];
    const start = originKey ? (JSON.parse(originKey) as NonNullable<ActivityMapProps["origin"]>) : null;

    const markers = plotted.map((activity) => {
      const popup = new lib.Popup({ maxWidth: "20rem" }).setDOMContent(popupContent(activity));
      const marker = new lib.Marker({ color: PRIMARY_BLUE }).setLngLat([activity.lng, activity.lat]).setPopup(popup);
      const element = marker.getElement();
      element.setAttribute("aria-label", `${activity.title}, ${activity.place}`);
      element.setAttribute("aria-expanded", "false");
      element.style.cursor = "pointer";
      popup.on("open", () => {
        element.setAttribute("aria-expanded", "true");
        // maplibre's close button is a tiny "×"; make it a comfortable target.
        const close = popup.getElement()?.querySelector<HTMLElement>(".maplibregl-popup-close-button");
        if (close) Object.assign(close.style, { fontSize: "1.5rem", lineHeight: "1", padding: "0.25rem 0.5rem" });
      });
      popup.on("close", () => element.setAttribute("aria-expanded", "false"));
      // maplibre toggles on keypress, which lets Space scroll the page too;
      // handling keydown ourselves (and cancelling it) avoids that.
      element.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          marker.togglePopup();
        }
      });
      return marker.addTo(map);
    });

    // Escape closes an open popup and returns focus to its marker, so keyboard
    // users are never left inside a popup.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const open = markers.find((marker) => marker.getPopup()?.isOpen());
      if (!open) return;
      open.togglePopup();
      open.getElement().focus();
    };
    const mapContainer = map.getContainer();
    mapContainer.addEventListener("keydown", onKeyDown);

    // Not a button like the activity markers: there is nothing to open.
    const startMarker = start
      ? new lib.Marker({ color: ORIGIN_COLOUR, scale: 0.8 }).setLngLat([start.lng, start.lat])
      : null;
    if (startMarker && start) {
      const element = startMarker.getElement();
      element.setAttribute("role", "img");
      element.setAttribute("aria-label", `${TEXT.origin}: ${start.label}`);
      startMarker.addTo(map);
    }

    const points = [...plotted, ...(start ? [start] : [])];
    if (points.length === 0) {
      map.fitBounds(DENMARK_BOUNDS, { padding: paddingFor(map, 16), animate: false });
    } else {
      const bounds = new lib.LngLatBounds();
      for (const point of points) bounds.extend([point.lng, point.lat]);
      map.fitBounds(bounds, { padding: paddingFor(map, 48), maxZoom: 13, animate: false });
    }

    return () => {
      mapContainer.removeEventListener("keydown", onKeyDown);
      for (const marker of markers) marker.remove();
      startMarker?.remove();
    };
  }, [loaded, activitiesKey, originKey]);

  return (
    <div className={className ? `map-frame ${className}` : "map-frame"} role="region" aria-label={TEXT.region}>
      <div ref={containerRef} className="map-canvas" hidden={failed} />
      {loaded && !failed ? null : (
        <p role="status" className="map-status">
          {failed ? TEXT.failed : TEXT.loading}
        </p>
      )}
    </div>
  );
}
