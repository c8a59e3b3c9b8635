import type { FaqFeed } from '@aira/content-schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setPageFeed } from './jsonld-registry.js';

/**
 * Keeps the host's feed in the page's one FAQPage script while `jsonld` is set and the
 * element is connected. Only a new feed object causes any work.
 */
export class JsonLdController implements ReactiveController {
  private feed: FaqFeed | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Disconnecting withdrew the questions; the next update registers them again.
    this.host.requestUpdate();
  }

  update(feed: FaqFeed | undefined): void {
    if (feed === this.feed) return;
    this.feed = feed;
    setPageFeed(this, feed);
  }

  hostDisconnected(): void {
    this.update(undefined);
  }
}
