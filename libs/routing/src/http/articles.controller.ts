import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { newId, roleSatisfies, type AccessClaims } from '@switchboard/contracts';
import { CurrentUser, ErrorMappingFilter, requireRole } from '@switchboard/runtime';
import type { Article } from '../knowledge-base/article';
import { ArticlesRepository } from '../knowledge-base/articles.repository';
import { KnowledgeBase, type KbSuggestion } from '../knowledge-base/knowledge-base';
import { RoutingResourceNotFound } from '../routing.errors';
import { ArticleDto } from './dto/article.dto';

/**
 * The tenant's knowledge base. Admins create, edit, publish and unpublish; agents read published
 * articles and search them (the same search customers' self-service uses); supervisors also see drafts.
 */
@ApiTags('knowledge-base')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@UseFilters(ErrorMappingFilter)
@Controller('api/kb')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly knowledgeBase: KnowledgeBase,
  ) {}

  @Get('articles')
  async list(@CurrentUser() caller: AccessClaims): Promise<Article[]> {
    return this.articles.list(caller.tenantId, { publishedOnly: !roleSatisfies(caller.role, 'supervisor') });
  }

  @Get('search')
  @ApiQuery({ name: 'q' })
  @ApiQuery({ name: 'language', required: false })
  async search(@CurrentUser() caller: AccessClaims, @Query('q') q = '', @Query('language') language?: string): Promise<KbSuggestion[]> {
    return this.knowledgeBase.suggest(caller.tenantId, q, { language: language ?? null, limit: 10 });
  }

  @Get('articles/:id')
  @ApiNotFoundResponse({ description: "no such article in the caller's tenant (or a draft, for agents)" })
  async get(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<Article> {
    const article = await this.articles.get(caller.tenantId, id);
    if (!article || (article.status === 'draft' && !roleSatisfies(caller.role, 'supervisor'))) throw new RoutingResourceNotFound('article', id);
    return article;
  }

  @Post('articles')
  async create(@CurrentUser() caller: AccessClaims, @Body() body: ArticleDto): Promise<Article> {
    requireRole(caller, 'admin');
    return this.articles.create(caller.tenantId, newId(), { ...body, tags: body.tags ?? [] });
  }

  @Put('articles/:id')
  @ApiNotFoundResponse({ description: "no such article in the caller's tenant" })
  async update(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: ArticleDto): Promise<Article> {
    requireRole(caller, 'admin');
    return this.found(id, await this.articles.update(caller.tenantId, id, { ...body, tags: body.tags ?? [] }));
  }

  @Post('articles/:id/publish')
  @HttpCode(200)
  async publish(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<Article> {
    requireRole(caller, 'admin');
    return this.found(id, await this.articles.setStatus(caller.tenantId, id, 'published'));
  }

  @Post('articles/:id/unpublish')
  @HttpCode(200)
  async unpublish(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<Article> {
    requireRole(caller, 'admin');
    return this.found(id, await this.articles.setStatus(caller.tenantId, id, 'draft'));
  }

  private found(id: string, article: Article | null): Article {
    if (!article) throw new RoutingResourceNotFound('article', id);
    return article;
  }
}
