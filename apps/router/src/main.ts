import 'reflect-metadata';
import { runApp } from '@switchboard/runtime';
import { routerApp } from './router.app';

void runApp(routerApp);
