import type { IncomingHttpHeaders } from "node:http";
import { AnalyticsService } from "./analytics/analytics.service";
import { KeyRing, type Role } from "./auth";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { EntityService } from "./entity/entity.service";
import { ExploreService } from "./explore/explore.service";
import { FactExtractorService } from "./extract/fact-extractor.service";
import { createEntityLoaders } from "./entity/entity-loaders";
import { EntityRepository } from "./entity/entity.repository";
import { MetaService } from "./meta/meta.service";
import { WriteService } from "./writes/write.service";
import { StatsService } from "./stats/stats.service";
import { PathService } from "./paths/path.service";
import type { Database } from "./neo4j/database";

/** The composition root: one instance of each domain service per process. */
export class Services {
  readonly meta: MetaService;
  readonly entities: EntityService;
  readonly writes: WriteService;
  readonly stats: StatsService;
  readonly analytics: AnalyticsService;
  readonly paths: PathService;
  readonly explore: ExploreService;
  readonly extract: FactExtractorService;
  private readonly entityRepository: EntityRepository;
  private readonly keys: KeyRing;

  constructor(
    readonly db: Database,
    readonly config: Config,
    readonly log: Logger,
  ) {
    this.meta = new MetaService(db);
    this.entities = new EntityService(db);
    this.writes = new WriteService(db, config.articlesDir);
    this.stats = new StatsService(db);
    this.analytics = new AnalyticsService(db, log);
    this.paths = new PathService(db, this.entities);
    this.explore = new ExploreService(db);
    this.extract = new FactExtractorService(db);
    this.entityRepository = new EntityRepository(db);
    this.keys = new KeyRing(config.apiKeys);
  }

  roleFor(headers: IncomingHttpHeaders): Promise<Role> {
    return this.keys.roleFor(headers);
  }

  /** DataLoaders live per request so one request never sees another's cache. */
  createLoaders() {
    return createEntityLoaders(this.entityRepository);
  }
}
