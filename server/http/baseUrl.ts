import type { Request } from 'express';
import { publicBase } from '../publicBase';

export function baseUrl(req: Request, publicUrl: string | undefined): string {
  return publicBase(publicUrl, req.protocol, req.get('host'));
}
