import { Body, Controller, Get, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import {
  LoginRequest,
  RegisterRequest,
  UpdateUserRequest,
  type UserResponse,
} from '@conduit/contracts';
import type { AuthUser } from '../common/auth/auth-user.js';
import { RequiredAuthGuard } from '../common/auth/auth.guards.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ContractPipe } from '../common/pipes/contract.pipe.js';
import { SignInLimited } from '../common/rate-limit/rate-limit.guard.js';
import { UsersService } from './users.service.js';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post('users')
  @HttpCode(201)
  @SignInLimited()
  async register(
    @Body(new ContractPipe(RegisterRequest)) body: RegisterRequest,
  ): Promise<UserResponse> {
    return { user: await this.users.register(body.user) };
  }

  // A sign-in creates nothing: 200, not Nest's default 201 for POST.
  @Post('users/login')
  @HttpCode(200)
  @SignInLimited()
  async login(@Body(new ContractPipe(LoginRequest)) body: LoginRequest): Promise<UserResponse> {
    return { user: await this.users.login(body.user.email, body.user.password) };
  }

  @Get('user')
  @UseGuards(RequiredAuthGuard)
  async current(@CurrentUser() caller: AuthUser): Promise<UserResponse> {
    return { user: await this.users.current(caller) };
  }

  @Put('user')
  @UseGuards(RequiredAuthGuard)
  async update(
    @CurrentUser() caller: AuthUser,
    @Body(new ContractPipe(UpdateUserRequest)) body: UpdateUserRequest,
  ): Promise<UserResponse> {
    return { user: await this.users.update(caller, body.user) };
  }
}
