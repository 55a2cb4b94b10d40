import type { IncomingHttpHeaders } from "node:http";
import DataLoader from "dataloader";
import { AnalyticsService } from "./analytics/analytics.service";
import { AuditRepository } from "./audit/audit.repository";
import { SavedSceneRepository } from "./scenes/saved-scene.repository";
import { KeyRing, type Identity, type Role } from "./auth";
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
import { PartnershipService } from "./partnership/partnership.service";
import { NetworkAnalysisService } from "./network/network-analysis.service";
import { NetworkPathsService } from "./network/network-paths.service";
import type { Database } from "./neo4j/database";

/** One instance of each domain service per process; the driver, configuration and logger stay inside. */
export class Services {
  readonly meta: MetaService;
  readonly entities: EntityService;
  readonly writes: WriteService;
  readonly stats: StatsService;
  readonly analytics: AnalyticsService;
  readonly paths: PathService;
  readonly explore: ExploreService;
  readonly partnership: PartnershipService;
  /** partnershipPaths, centrality and communities: routed to the partnership or the fact network. */
  readonly networkPaths: NetworkPathsService;
  readonly networkAnalysis: NetworkAnalysisService;
  readonly audit: AuditRepository;
  readonly scenes: SavedSceneRepository;
  readonly extract: FactExtractorService;
  private readonly entityRepository: EntityRepository;
  private readonly keys: KeyRing;

  constructor(db: Database, config: Config, log: Logger) {
    this.meta = new MetaService(db);
    this.entities = new EntityService(db);
    this.audit = new AuditRepository(db);
    this.scenes = new SavedSceneRepository(db, this.audit);
    this.writes = new WriteService(db, config.articlesDir, this.audit);
    this.analytics = new AnalyticsService(db, log, config.projectionCache);
    this.paths = new PathService(db, this.entities);
    this.explore = new ExploreService(db);
    this.partnership = new PartnershipService(db, log, this.entities, config.networkCache);
    this.stats = new StatsService(db, this.partnership);
    this.networkPaths = new NetworkPathsService(this.partnership, this.paths);
    this.networkAnalysis = new NetworkAnalysisService(this.partnership, this.analytics);
    this.extract = new FactExtractorService(db);
    this.entityRepository = new EntityRepository(db);
    this.keys = new KeyRing(config.apiKeys);
  }

  /** Releases what the services keep in Neo4j (GDS projections); the driver must still be open. */
  close(): Promise<void> {
    return this.analytics.close();
  }

  roleFor(headers: IncomingHttpHeaders): Promise<Role> {
    return this.keys.roleFor(headers);
  }

  identify(headers: IncomingHttpHeaders): Promise<Identity> {
    return this.keys.identify(headers);
  }

  /** DataLoaders live per request so one request never sees another's cache. */
  createLoaders() {
    return {
      ...createEntityLoaders(this.entityRepository),
      /** City.partners of many cities from one partnership network, not one network per city. */
      partnerCities: new DataLoader<string, string[]>(ids => this.partnership.partnerCities(ids)),
    };
  }
}
