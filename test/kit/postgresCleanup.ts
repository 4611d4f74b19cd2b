// Setup file of the -pg projects: the databases made for this file's test servers are dropped after it.
import { afterAll } from 'vitest';
import { dropDatabasesMadeForDataDirs } from './postgres';

afterAll(dropDatabasesMadeForDataDirs);
